// The QR code printed on a certificate: a PNG that points to the public verification page.
import QRCode from "qrcode";

/** Error correction M survives a crease or a stamp over part of the printed code. */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: "png", errorCorrectionLevel: "M", margin: 2, scale: 6, color: { dark: "#000000", light: "#ffffff" } });
}
