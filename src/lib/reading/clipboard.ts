/**
 * Puts text on the clipboard. The item is created at once with a promise of the text, so that
 * Safari still counts the click as the user's gesture while the text is being made (the document
 * may have to load first).
 */
export async function copyText(text: Promise<string>): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function') {
    const blob = text.then((t) => new Blob([t], { type: 'text/plain' }));
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  } else await navigator.clipboard.writeText(await text);
}
