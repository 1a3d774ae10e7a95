/**
 * docx writes no dc:language into a document's core properties, so Word's File → Properties
 * would show none: this adds it to the packed file. The text's own language is set in its style.
 */
export async function withCoreLanguage(bytes: Uint8Array, language: string): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const core = zip.file('docProps/core.xml');
  if (!core) return bytes;
  const xml = await core.async('string');
  if (xml.includes('<dc:language>')) return bytes;
  const tag = `<dc:language>${language.replace(/[<>&"]/g, '')}</dc:language>`;
  zip.file('docProps/core.xml', xml.replace('</cp:coreProperties>', `${tag}</cp:coreProperties>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
