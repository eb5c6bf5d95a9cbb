import { z } from "zod";

// Zod's built-in Dutch messages for every rule our schemas do not phrase themselves,
// so both the server and the forms (which import the same schemas) speak Dutch.
z.config(z.locales.nl());

export { z };
