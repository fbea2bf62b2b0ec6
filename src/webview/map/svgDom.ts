// Turns the SVG data of src/model/svgTree.ts into DOM nodes: elements by createElementNS, text by
// textContent, values by setAttribute. Nothing is ever parsed as markup, so roadmap text stays text.
import { isSafeName, SVG_NAMESPACE, type SvgElement } from '../../model/svgTree';

export function toDom(root: SvgElement): SVGElement {
  const rootElement = document.createElementNS(SVG_NAMESPACE, root.tag);
  const stack: [SvgElement, SVGElement][] = [[root, rootElement]];
  while (stack.length > 0) {
    const [item, element] = stack.pop()!;
    for (const [name, value] of Object.entries(item.attributes)) if (isSafeName(name)) element.setAttribute(name, value);
    if (item.text !== undefined) element.textContent = item.text;
    for (const child of item.children) {
      if (!isSafeName(child.tag)) continue;
      const childElement = document.createElementNS(SVG_NAMESPACE, child.tag);
      element.appendChild(childElement);
      stack.push([child, childElement]);
    }
  }
  return rootElement;
}
