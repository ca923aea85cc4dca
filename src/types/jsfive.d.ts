/** The part of jsfive (a pure-JS HDF5 reader without its own types) that modelgate uses. */
declare module 'jsfive' {
  export class File {
    constructor(buffer: ArrayBuffer, filename?: string);
    readonly attrs: Record<string, unknown>;
  }
}
