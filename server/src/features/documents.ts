// The open documents: their text, version and (between analyses) their syntax tree, kept
// only while open so the wasm heap holds trees for open files alone.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Tree } from '../engine/api';
import { editTree } from '../engine/api';
import { applyChanges } from './document-edits';
import { uriToPath } from './uri';

export interface OpenDocument {
  uri: string;
  path: string;
  text: TextDocument;
  /** The tree of the last analysis, edited to match text; undefined before the first parse or after a full replacement. */
  tree?: Tree;
}

export class OpenDocuments {
  private readonly byUri = new Map<string, OpenDocument>();
  private readonly uriByPath = new Map<string, string>();

  open(uri: string, version: number, content: string): OpenDocument | null {
    const path = uriToPath(uri);
    if (!path) return null;
    this.close(uri);
    const doc: OpenDocument = { uri, path, text: TextDocument.create(uri, 'go', version, content) };
    this.byUri.set(uri, doc);
    this.uriByPath.set(path, uri);
    return doc;
  }

  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): OpenDocument | null {
    const doc = this.byUri.get(uri);
    if (!doc) return null;
    try {
      doc.text = applyChanges(doc.text, changes, version, (edit) => {
        if (!doc.tree) return;
        if (edit) editTree(doc.tree, edit);
        else this.dropTree(doc);
      });
    } catch (error) {
      // A tree that saw only part of the changes would mislead the next incremental parse.
      this.dropTree(doc);
      throw error;
    }
    return doc;
  }

  close(uri: string): OpenDocument | null {
    const doc = this.byUri.get(uri);
    if (!doc) return null;
    this.dropTree(doc);
    this.byUri.delete(uri);
    this.uriByPath.delete(doc.path);
    return doc;
  }

  get(uri: string): OpenDocument | undefined {
    return this.byUri.get(uri);
  }

  byPath(path: string): OpenDocument | undefined {
    const uri = this.uriByPath.get(path);
    return uri ? this.byUri.get(uri) : undefined;
  }

  isOpen(path: string): boolean {
    return this.uriByPath.has(path);
  }

  all(): OpenDocument[] {
    return [...this.byUri.values()];
  }

  /** Replaces the document's tree with a newer one, deleting the old. */
  keepTree(doc: OpenDocument, tree: Tree | undefined): void {
    if (doc.tree && doc.tree !== tree) doc.tree.delete();
    doc.tree = tree;
  }

  dropTree(doc: OpenDocument): void {
    this.keepTree(doc, undefined);
  }
}
