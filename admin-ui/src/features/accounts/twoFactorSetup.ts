// What the set-up screen makes of the server's enrolment: the key as a person types it into an
// authenticator app, and the QR code as an image source (never as markup in the page).

/** The base32 key in blocks of four ("JBSW Y3DP EHPK 3PXP"), as apps show and people copy it. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, "").match(/.{1,4}/g) ?? []).join(" ");
}

/**
 * The server's SVG as an image's source: in an <img> it cannot run script or reach the page,
 * which it could if it were put into the page as markup.
 */
export function svgImageSource(svg: string): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
