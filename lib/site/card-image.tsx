import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";

// Open Graph cards (1200×630) drawn from text only: the site's, and each case's from its
// public record (name, status, site name), never a photo or any non-public field.
// DejaVu Sans covers Latin and Cyrillic names.

export const CARD_SIZE = { width: 1200, height: 630 };

async function fonts() {
  const dir = path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
  const [regular, bold] = await Promise.all([
    readFile(path.join(dir, "DejaVuSans.ttf")),
    readFile(path.join(dir, "DejaVuSans-Bold.ttf")),
  ]);
  return [
    { name: "DejaVu Sans", data: regular, weight: 400 as const, style: "normal" as const },
    { name: "DejaVu Sans", data: bold, weight: 700 as const, style: "normal" as const },
  ];
}

export async function cardImage({ title, subtitle, site }: { title: string; subtitle: string; site: string }) {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#fafaf9",
        borderTop: "24px solid #115e59",
        fontFamily: "DejaVu Sans",
        color: "#1c1917",
      }}
    >
      <div style={{ fontSize: 36, color: "#115e59", fontWeight: 700 }}>{site}</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        <div style={{ fontSize: 36, marginTop: 24, color: "#57534e" }}>{subtitle}</div>
      </div>
    </div>,
    { ...CARD_SIZE, fonts: await fonts() },
  );
}
