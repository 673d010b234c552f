import sax from 'sax';
import type { Problem } from '../../model/problem';

/**
 * An SVG in public/ is served from the site's own address. Opened directly
 * (not through <img>), a browser runs its scripts and event handlers with the
 * site's rights — on a host without a Content-Security-Policy header (GitHub
 * Pages) they could rewrite the offline copies of every page. So an SVG may
 * hold only drawing: elements from a fixed list in the SVG namespace, no
 * `on…` attributes, no `javascript:`, and no reference to anything outside the
 * file (links, `<use>` of another file, CSS `@import` or `url(…)` other than
 * `#id`). Anything else is refused, not silently removed, so the person who
 * uploaded it learns why and can re-export the drawing as plain SVG.
 *
 * The file is read with sax (the XML parser svgo uses), in strict,
 * namespace-aware mode: an element is judged by its namespace, not by the
 * prefix it is written with, and a file that is not well-formed XML is
 * refused (browsers would not draw it either).
 */

const svgNamespace = 'http://www.w3.org/2000/svg';
const xmlnsNamespace = 'http://www.w3.org/2000/xmlns/';

/** Elements that only draw. Not here, so refused: script, foreignObject, a, image from files, animate/set (they can change href), feImage, iframe, … */
const drawingElements = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'style', 'switch',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'marker', 'image',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
  'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood',
  'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode',
  'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);

/** An embedded raster picture is the only `href` that may leave the file (it cannot run anything). */
const embeddedRaster = /^data:image\/(png|jpeg|gif|webp|avif);base64,[a-z0-9+/=\s]*$/i;

const expected = {
  en: 'an SVG that only draws: shapes, paths, text, gradients and styles, with no script, no on… attribute, no foreignObject, no link and no reference to another file (export it again as "plain SVG" or "optimised SVG")',
  vi: 'tệp SVG chỉ chứa hình vẽ: hình, đường, chữ, màu chuyển, kiểu; không có script, thuộc tính on…, foreignObject, liên kết hay tham chiếu tới tệp khác (hãy xuất lại dưới dạng "plain SVG" hoặc "optimised SVG")',
};

/** What the browser sees of a URL: ASCII tabs, newlines and spaces removed, lower case. */
function urlAsBrowsersRead(value: string): string {
  return value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
}

function runsScript(value: string): boolean {
  return /(^|[^a-z])(javascript|vbscript):/.test(urlAsBrowsersRead(value));
}

/** CSS as the browser reads it: escapes decoded, comments removed. */
function cssAsBrowsersRead(css: string): string {
  return css
    .replace(/\\([0-9a-f]{1,6})[ \t\n\r\f]?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) || 0xfffd))
    .replace(/\\(.)/gs, '$1')
    .replace(/\/\*[\s\S]*?\*\//g, '');
}

/** What is wrong with CSS (a `<style>` element or a `style`, `fill`, `filter`… value), or undefined. */
function cssProblem(value: string): string | undefined {
  const css = cssAsBrowsersRead(value);
  if (/@import/i.test(css)) return 'its CSS loads another stylesheet (@import) from outside the file';
  for (const match of css.matchAll(/url\s*\(\s*(['"]?)([^'")]*)/gi)) {
    if (!(match[2] ?? '').trim().startsWith('#')) return `its CSS loads "${(match[2] ?? '').trim()}", outside the file`;
  }
  if (/image-set\s*\(|src\s*\(/i.test(css)) return 'its CSS loads an image from outside the file';
  if (/expression\s*\(|behaviou?r\s*:|-moz-binding/i.test(css)) return 'its CSS runs code';
  if (runsScript(css)) return 'its CSS holds a javascript: address';
  return undefined;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function svgProblems(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  const report = (line: number, field: string, wrong: string, viWrong: string) =>
    problems.push({ severity: 'error', file, line, field, en: { wrong, expected: expected.en }, vi: { wrong: viWrong, expected: expected.vi } });

  const parser = sax.parser(true, { xmlns: true, position: true });
  /** The line each attribute of the tag being read was written on. */
  let attributeLines = new Map<string, number>();
  let tagLine = 1;
  let depth = 0;
  let sawRoot = false;
  /** The CSS of the `<style>` element being read, and where it started. */
  let style: { text: string; line: number; field: string } | undefined;

  parser.onerror = (error) => {
    report(parser.line + 1, 'file content', `the file cannot be read as SVG (XML): ${error.message.split('\n')[0]}`, 'không đọc được tệp dưới dạng SVG (XML)');
    throw error;
  };
  parser.ondoctype = () => report(parser.line + 1, 'DOCTYPE', 'the file has a DOCTYPE, which can define entities and load other files', 'tệp có DOCTYPE, có thể định nghĩa thực thể và tải tệp khác');
  parser.onsgmldeclaration = () => report(parser.line + 1, 'file content', 'the file has a <!…> declaration', 'tệp có khai báo <!…>');
  parser.onprocessinginstruction = ({ name }) => {
    if (name.toLowerCase() !== 'xml') report(parser.line + 1, name, `the instruction <?${name}?> can load another file`, `chỉ thị <?${name}?> có thể tải tệp khác`);
  };
  parser.onopentagstart = () => {
    attributeLines = new Map();
    tagLine = lineAt(text, parser.startTagPosition);
  };
  parser.onattribute = ({ name }) => attributeLines.set(name, parser.line + 1);
  parser.onopentag = (node) => {
    const tag = node as sax.QualifiedTag;
    const field = `<${tag.name}>`;
    depth++;
    sawRoot = true;
    if (depth === 1 && !(tag.uri === svgNamespace && tag.local === 'svg')) {
      report(tagLine, field, `the outermost element is <${tag.name}>, so this is not an SVG drawing`, `phần tử ngoài cùng là <${tag.name}>, không phải hình SVG`);
    } else if (tag.uri !== svgNamespace) {
      report(tagLine, field, `<${tag.name}> is not an SVG element (namespace "${tag.uri || 'none'}")`, `<${tag.name}> không phải phần tử SVG`);
    } else if (tag.local === 'script') {
      report(tagLine, field, 'a script in an SVG runs in the site\'s own address when the file is opened directly', 'script trong SVG chạy với quyền của trang web khi tệp được mở trực tiếp');
    } else if (!drawingElements.has(tag.local)) {
      report(tagLine, field, `<${tag.local}> is not allowed in an SVG published by the site`, `không cho phép <${tag.local}> trong SVG của trang web`);
    }
    if (tag.uri === svgNamespace && tag.local === 'style') style = { text: '', line: tagLine, field };

    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === xmlnsNamespace || attribute.name === 'xmlns') continue;
      const line = attributeLines.get(attribute.name) ?? tagLine;
      const local = attribute.local.toLowerCase();
      const value = attribute.value;
      if (local.startsWith('on')) {
        report(line, attribute.name, `"${attribute.name}" is an event handler: it runs script`, `"${attribute.name}" là trình xử lý sự kiện: nó chạy script`);
      } else if (local === 'href' || local === 'src') {
        const target = value.trim();
        if (runsScript(value)) {
          report(line, attribute.name, `"${attribute.name}" holds a javascript: address`, `"${attribute.name}" chứa địa chỉ javascript:`);
        } else if (!target.startsWith('#') && !(tag.local === 'image' && embeddedRaster.test(target))) {
          report(line, attribute.name, `"${attribute.name}" refers to "${target.slice(0, 80)}", outside the file`, `"${attribute.name}" tham chiếu tới "${target.slice(0, 80)}", bên ngoài tệp`);
        }
      } else if (runsScript(value)) {
        report(line, attribute.name, `"${attribute.name}" holds a javascript: address`, `"${attribute.name}" chứa địa chỉ javascript:`);
      } else if (local === 'style' || /url\s*\(|\\/i.test(value)) {
        const wrong = cssProblem(value);
        if (wrong) report(line, attribute.name, `"${attribute.name}": ${wrong}`, `"${attribute.name}": tham chiếu ra ngoài tệp hoặc chạy mã`);
      }
    }
  };
  const addStyleText = (chunk: string) => {
    if (style) style.text += chunk;
  };
  parser.ontext = addStyleText;
  parser.oncdata = addStyleText;
  parser.onclosetag = (name) => {
    depth--;
    if (style && name === style.field.slice(1, -1)) {
      const wrong = cssProblem(style.text);
      if (wrong) report(style.line, style.field, `the <style> element: ${wrong}`, 'phần tử <style> tham chiếu ra ngoài tệp hoặc chạy mã');
      style = undefined;
    }
  };

  try {
    parser.write(text).close();
  } catch {
    // Reported by onerror: the rest of the file is not read.
  }
  if (!sawRoot && problems.length === 0) {
    report(1, 'file content', 'the file holds no SVG element', 'tệp không có phần tử SVG');
  }
  return problems;
}
