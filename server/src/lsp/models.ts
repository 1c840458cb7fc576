/**
 * The agreement model of each open document, for the editor features: built at most once per
 * document version, with the document's parsed sections kept between versions (a ModelCache), so
 * a request after an edit inside one Article re-parses that Article only.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildModel, ModelCache, type AgreementModel } from '../core/index.js';

/** Models of open documents by URI. */
export class DocumentModels {
  private readonly entries = new Map<string, { version: number; model: AgreementModel; cache: ModelCache }>();

  /** The model of `doc` at its current version. */
  get(doc: TextDocument): AgreementModel {
    const entry = this.entries.get(doc.uri);
    if (entry && entry.version === doc.version) return entry.model;
    const cache = entry?.cache ?? new ModelCache();
    const model = buildModel(doc.getText(), cache);
    this.entries.set(doc.uri, { version: doc.version, model, cache });
    return model;
  }

  /** Forgets a closed document. */
  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
