import { useLayoutEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { useDrafts } from './drafts';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
};

/**
 * A text box that records its value when the user leaves it or presses Enter, so a typed word is one
 * undo step rather than one per keystroke. Escape puts the recorded value back. Inside an editor the
 * text is a draft of that editor: recorded with its next save (a pause in typing) and when the tab closes.
 */
export function CommitInput({ value, onCommit, multiline, ...rest }: Props) {
  const drafts = useDrafts();
  const [draft, setDraft] = useState<string | null>(null);
  // The drafts call `commit` later, from outside a render: it reads the latest props and text from here.
  const latest = useRef({ draft, value, onCommit });
  useLayoutEffect(() => {
    latest.current.value = value;
    latest.current.onCommit = onCommit;
  });
  const [owner] = useState(() => ({}));

  const commit = () => {
    const { draft: text, value: recorded, onCommit: record } = latest.current;
    drafts?.clear(owner);
    latest.current.draft = null;
    setDraft(null);
    if (text !== null && text !== recorded) record(text);
  };
  const change = (text: string) => {
    latest.current.draft = text;
    setDraft(text);
    drafts?.set(owner, commit);
  };
  const common = {
    value: draft ?? value,
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
        e.preventDefault();
        commit();
      }
      if (e.key === 'Escape') {
        drafts?.clear(owner);
        latest.current.draft = null;
        setDraft(null);
      }
    },
  };
  if (multiline) return <textarea {...common} rows={3} aria-label={rest['aria-label']} disabled={rest.disabled} className={rest.className} placeholder={rest.placeholder} onChange={(e) => change(e.target.value)} />;
  return <input {...rest} {...common} onChange={(e) => change(e.target.value)} />;
}
