// XML parsing for the manifest tools, through happy-dom's DOMParser (Node has none).
import { Window } from 'happy-dom';

export function parseXml(xml: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(xml, 'application/xml') as unknown as Document;
}
