// Web Worker: parses and checks an imported file off the main thread, so a national export of
// 100,000 services never freezes the page, then keeps it and answers the dialog's questions
// (root candidates, subtree size, the chosen subtree's version): see importProtocol.ts.
// Cancelling or closing the dialog terminates the worker.
import { serveImport, type Port } from "./importProtocol.ts";

serveImport(self as unknown as Port);
