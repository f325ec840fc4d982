/**
 * Files in the renderer: read a chosen file as base64 (or text) for the API, and turn
 * the API's base64 back into bytes for the host to save. Saving goes through the host
 * capabilities (a native save dialog, or a download in browser mode): never opened or executed.
 */

/** The file's bytes as base64 (without the `data:` prefix). */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** The file's text (for pack files). */
export function readFileAsText(file: File): Promise<string> {
  return file.text();
}

/** Base64 (as the API carries file bytes) back to bytes. */
export function base64ToBytes(contentBase64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** True for an http(s) URL: the only links the app shows as clickable. */
export function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
