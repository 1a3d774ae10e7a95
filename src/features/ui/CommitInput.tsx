import { useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
};

/**
 * A text box that records its value when the user leaves it or presses Enter, so one edit is one
 * undo step rather than one per keystroke. Escape puts the recorded value back.
 */
export function CommitInput({ value, onCommit, multiline, ...rest }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  const common = {
    value: shown,
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
        e.preventDefault();
        commit();
      }
      if (e.key === 'Escape') setDraft(null);
    },
  };
  if (multiline) return <textarea {...common} rows={3} aria-label={rest['aria-label']} disabled={rest.disabled} className={rest.className} placeholder={rest.placeholder} onChange={(e) => setDraft(e.target.value)} />;
  return <input {...rest} {...common} onChange={(e) => setDraft(e.target.value)} />;
}
