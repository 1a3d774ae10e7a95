import { useRef } from 'react';
import { acceptAttribute } from './readBpmnFile';

/** A button that opens the file picker for BPMN files; the input is reset so the same file can be chosen again. */
export function FileButton({ label, onFile, className }: { label: string; onFile(file: File): void; className?: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={acceptAttribute}
        hidden
        aria-label={label}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
