import type * as catalogue from "./catalogue";

/** The shape of a catalogue: a second language is a module with the same named sections. */
export type Messages = typeof catalogue;
export { format } from "./format";
