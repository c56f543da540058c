/** A stored photo inside a document as a `data:` URI: what is drawn or posted loads nothing from anywhere. */
export function photoDataUri(photo: { bytes: Uint8Array; mime: string }): string {
  return `data:${photo.mime};base64,${Buffer.from(photo.bytes).toString('base64')}`;
}
