import { useState, type ReactNode } from 'react';

interface Props {
  onFile(file: File): void;
  /** A file is dragged in (and may be dropped): for work worth doing before it comes. */
  onDragIn?(): void;
  label: string;
  children: ReactNode;
  className?: string;
  /** Refuses drops (a read-only view): the browser shows "not allowed" and the file is not opened. */
  disabled?: boolean;
}

/** Accepts a file dropped from the desktop; shows where it will land while dragging. */
export function DropZone({ onFile, onDragIn, label, children, className = '', disabled = false }: Props) {
  const [over, setOver] = useState(false);
  const hasFiles = (e: React.DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  return (
    <div
      className={`drop-zone ${over ? 'drop-zone--over' : ''} ${className}`}
      data-drop-label={label}
      onDragEnter={(e) => {
        if (hasFiles(e) && !disabled) onDragIn?.();
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        if (disabled) {
          e.dataTransfer.dropEffect = 'none';
          return;
        }
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        // Prevented even when refused, so the browser does not open the file in place of the app.
        e.preventDefault();
        setOver(false);
        if (disabled) return;
        const file = e.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      {children}
    </div>
  );
}
