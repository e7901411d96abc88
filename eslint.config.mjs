// Lint: Next's core-web-vitals rules, typescript-eslint's type-aware rules, and the
// architecture's import boundaries (tests/architecture/ checks the same rules, plus
// folder cycles and server actions, on the whole tree).
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const DATABASE_IMPORTS = {
  patterns: [
    {
      group: ["**/lib/db", "**/lib/db/*", "@/lib/db", "@/lib/db/*", "**/generated/prisma/*", "@prisma/*"],
      message: "Only lib/ touches the database: call a query or mutation in lib/<domain>/ instead.",
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".data/**",
      "node_modules/**",
      "lib/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "public/**",
    ],
  },
  ...nextVitals,
  ...nextTypeScript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
      "@typescript-eslint/no-explicit-any": "error",
      // next-auth callbacks and Next's generateStaticParams are async by contract.
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: true }],
    },
  },
  {
    // Tests assert on parsed JSON payloads; typing every fixture response would add
    // casts, not safety. Production code keeps the full type-aware rules.
    files: ["tests/**", "e2e/**", "**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // Playwright fixtures hand the fixture on through a callback named `use`, not React's.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", DATABASE_IMPORTS] },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...DATABASE_IMPORTS.patterns,
            {
              group: ["@/app/*", "**/app/*"],
              message: "Components are shared: they never import from app/ (move the type to lib/).",
            },
          ],
        },
      ],
    },
  },
);
