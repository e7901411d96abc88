// A destructive action asks twice, without JavaScript: the first click opens the confirmation.
export function ConfirmButton({
  label,
  confirmLabel,
  question,
  action,
  hidden,
}: {
  label: string;
  confirmLabel: string;
  question: string;
  action: (form: FormData) => Promise<void>;
  hidden: Record<string, string>;
}) {
  return (
    <details className="inline-block">
      <summary className="cursor-pointer rounded border border-red-300 bg-white px-3 py-1.5 text-sm text-red-800">
        {label}
      </summary>
      <form action={action} className="mt-2 rounded border border-red-300 bg-red-50 p-3 text-sm">
        {Object.entries(hidden).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <p>{question}</p>
        <button type="submit" className="mt-2 rounded bg-red-800 px-3 py-1.5 font-medium text-white">
          {confirmLabel}
        </button>
      </form>
    </details>
  );
}
