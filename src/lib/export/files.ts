// Browser-only: saving and copying exported images.

/** Whether this browser can put a PNG on the clipboard (a secure page with the async Clipboard API). */
export function canCopyImages(): boolean {
  return (
    window.isSecureContext &&
    typeof ClipboardItem !== 'undefined' &&
    typeof navigator.clipboard?.write === 'function'
  );
}

/**
 * Puts a PNG on the clipboard. The item is created at once with a promise of the image, so that
 * Safari still counts the click as the user's gesture while the PNG is being made.
 */
export async function copyPng(png: Promise<Blob>): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
