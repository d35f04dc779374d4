import { code128BModules } from './code128';
import { html, type SafeHtml } from './html';

/** The standard asks for a quiet zone of at least ten modules on each side. */
const quietZoneModules = 10;

export interface BarcodeSize {
  /** Width of one module (the narrowest bar): 0.25 mm or more reads reliably from thermal paper. */
  readonly moduleMm: number;
  readonly heightMm: number;
}

/**
 * A Code 128 (set B) barcode as inline SVG: one rect per bar, in module units, scaled to
 * millimetres — vector, so it prints sharp at any printer resolution and needs no image source
 * (the print window's CSP allows none but data:).
 */
export function code128Svg(text: string, size: BarcodeSize, label: string): SafeHtml {
  const modules = code128BModules(text);
  const totalModules = modules.length + 2 * quietZoneModules;
  const bars = [...modules.matchAll(/1+/g)].map(
    (run) => html`<rect x="${quietZoneModules + run.index}" y="0" width="${run[0].length}" height="1" />`,
  );
  const widthMm = round(totalModules * size.moduleMm);
  return html`<svg
    class="barcode"
    xmlns="http://www.w3.org/2000/svg"
    role="img"
    aria-label="${label}"
    width="${widthMm}mm"
    height="${size.heightMm}mm"
    viewBox="0 0 ${totalModules} 1"
    preserveAspectRatio="none"
    shape-rendering="crispEdges"
  >
    <rect width="${totalModules}" height="1" fill="#fff" />
    <g fill="#000">${bars}</g>
  </svg>`;
}

/** The widest module that fits the barcode of `text` into `maxWidthMm`, capped at `preferredMm`. */
export function moduleWidthToFit(text: string, maxWidthMm: number, preferredMm: number): number {
  const totalModules = code128BModules(text).length + 2 * quietZoneModules;
  return Math.min(preferredMm, Math.floor((maxWidthMm / totalModules) * 1000) / 1000);
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
