/**
 * The agreement model of each open document, for the editor features: the one the analysis built
 * for the current version when there is one, else built here at most once per version, with the
 * document's parsed sections kept between versions (a ModelCache), so a request after an edit
 * inside one Article re-parses that Article only.
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

  /** Keeps the model the analysis built for `version`, so the features need not build it again. */
  remember(uri: string, version: number, model: AgreementModel): void {
    const cache = this.entries.get(uri)?.cache ?? new ModelCache();
    this.entries.set(uri, { version, model, cache });
  }

  /** Forgets a closed document. */
  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
