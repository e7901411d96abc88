const VISIBILITY_STYLE: Record<string, string> = {
  PUBLIC: "border-emerald-300 bg-emerald-50 text-emerald-900",
  INTERNAL: "border-stone-300 bg-stone-100 text-stone-800",
  RESTRICTED: "border-red-300 bg-red-50 text-red-900",
};

export function VisibilityBadge({ visibility }: { visibility: string }) {
  return (
    <span
      className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium ${VISIBILITY_STYLE[visibility] ?? ""}`}
    >
      {visibility.toLowerCase()}
    </span>
  );
}

const SAVED: Record<string, string> = {
  person: "Saved.",
  published: "Published: the case is now on the public site.",
  unpublished: "Unpublished: the case is no longer on the public site.",
  deleted: "Deleted. An admin can restore it.",
  undeleted: "Restored.",
  citation: "Citation added.",
  restored: "Restored. The restore is recorded as a new change below.",
  released: "Release recorded: detention, placement and conditions closed, with one citation.",
  setting: "Setting saved.",
  campaign: "Campaign saved.",
  publication: "Publication changed.",
  added: "Case added to the campaign.",
  sample: "Sample letter added.",
  "sample-deleted": "Sample letter deleted.",
  removed: "Case removed from the campaign.",
  letter: "Letter details saved.",
  tally: "Tally recorded.",
  source: "Source added. It can now be cited.",
  "revoked-key": "Key revoked: requests with it are refused from now on.",
  article: "Article added: charges can now be brought under it.",
};

export function SavedNotice({ saved }: { saved?: string }) {
  if (!saved) return null;
  return (
    <p
      role="status"
      className="mb-4 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
    >
      {SAVED[saved] ?? "Saved."}
    </p>
  );
}
