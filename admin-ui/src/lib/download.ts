/**
 * Offers text made in the browser (new invitation codes) as a file download: a Blob behind an
 * object URL, clicked once. The URL is returned so the page can offer the same file again;
 * revoke it with URL.revokeObjectURL when the page goes.
 */
export function offerDownload(content: string, fileName: string, type: string): string {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  return url;
}
