import { GLOSSARY } from '../../src/glossary';
import { mountGlossaryBrowser } from '../../src/popup/glossary-browser';

const app = document.getElementById('app');
if (app) {
  const browserView = mountGlossaryBrowser(app, GLOSSARY);
  // "Open in glossary" links land here as popup.html#entry=<id>.
  const id = new URLSearchParams(location.hash.slice(1)).get('entry');
  if (id) browserView.showEntry(id);
}
