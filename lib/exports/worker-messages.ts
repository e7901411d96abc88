// What the server and an export's render thread say to each other (./in-worker.ts,
// ./render-worker.ts). The server holds the filter and answers for ids; the thread reads
// and renders, a chunk for each pull of the download.
export type RenderJob = {
  format: "csv" | "xlsx";
  databaseUrl: string;
  baseUrl: string;
  fileName: string;
  sheetName?: string;
};

export type FromServer = { type: "pull" } | { type: "ids"; ids: string[] | null } | { type: "cancel" };

export type ToServer =
  { type: "need-ids" } | { type: "chunk"; bytes: Uint8Array } | { type: "end" } | { type: "failed"; message: string };
