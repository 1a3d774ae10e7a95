/** Saves a blob through the browser's download, the only file output a web page has offline. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from user text: no path separators or characters Windows refuses. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_').replace(/\s+/g, ' ').trim();
  return cleaned.slice(0, 120) || 'diagram';
}
