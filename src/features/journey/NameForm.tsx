import { useState } from 'react';

interface Props {
  label: string;
  submitLabel: string;
  /** Rejects to keep the typed name (the caller reports why). */
  onAdd(name: string): Promise<unknown>;
}

/** A name typed and added with Enter or the button: a new persona, a new interview. */
export function NameForm({ label, submitLabel, onAdd }: Props) {
  const [name, setName] = useState('');
  return (
    <form
      className="add-by-name"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) void onAdd(name.trim()).then(() => setName(''), () => undefined);
      }}
    >
      <input aria-label={label} placeholder={label} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      <button type="submit" disabled={!name.trim()}>
        {submitLabel}
      </button>
    </form>
  );
}

/** Reports an error and passes it on, so the form keeps what was typed. */
export function rethrow(report: (error: unknown) => unknown): (error: unknown) => never {
  return (error) => {
    report(error);
    throw error;
  };
}
