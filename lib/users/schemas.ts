// Account forms: shared by the admin users page, its server actions and the CLI.
import { z } from "zod";

export const userRoleSchema = z.enum(["ADMIN", "CASEWORKER", "CAMPAIGNER"], { message: "Choose a role" });
export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter an e-mail address"),
  name: z.string().trim().min(1, "Enter a name").max(200),
  role: userRoleSchema,
  password: z.string().min(12, "At least 12 characters").max(1024),
});
export const passwordSchema = z.string().min(12, "At least 12 characters").max(1024);
