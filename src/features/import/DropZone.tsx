import { useState, type ReactNode } from 'react';

/** Accepts a file dropped from the desktop; shows where it will land while dragging. */
export function DropZone({ onFile, label, children, className = '' }: { onFile(file: File): void; label: string; children: ReactNode; className?: string }) {
  const [over, setOver] = useState(false);
  const hasFiles = (e: React.DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  return (
    <div
      className={`drop-zone ${over ? 'drop-zone--over' : ''} ${className}`}
      data-drop-label={label}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      {children}
    </div>
  );
}
