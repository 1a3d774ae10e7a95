import { useRef } from 'react';
import { bpmnAcceptAttribute } from './bpmnFileTypes';

/**
 * A button that opens the file picker (BPMN files unless `accept` says otherwise); the input is reset so
 * the same file can be chosen again. `onOpen` runs once the picker is open, for work worth doing while the user picks.
 */
export function FileButton({ label, onFile, onOpen, className, accept = bpmnAcceptAttribute }: { label: string; onFile(file: File): void; onOpen?(): void; className?: string; accept?: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => {
          input.current?.click();
          onOpen?.();
        }}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
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
