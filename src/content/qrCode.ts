import QRCode from 'qrcode';

/**
 * QR codes for printed pages, as inline SVG made at build time.
 *
 * One mask for every code: the encoder would otherwise build all eight masked
 * symbols and score each to keep the best, over three times the work per
 * page, for a code that any mask makes equally readable (the mask only evens
 * out dark and light areas; the format bits tell the reader which was used).
 * Error correction M survives a smudged or creased printout.
 */
export const qrCodeOptions = { errorCorrectionLevel: 'M', margin: 2, maskPattern: 0 } as const;

/** The SVG markup of a QR code that opens `url`. */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', ...qrCodeOptions });
}
