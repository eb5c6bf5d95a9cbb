/** Cijfers Veilig Thuis beheren: import, invoer, versies, kinderen per wijk. */
export const cijfersBeheerNl = {};
