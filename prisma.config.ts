// Prisma CLI configuration. Used by `prisma generate` here and by `prisma migrate deploy`
// for anyone who has the CLI's engines (see docs/adr/0002-migration-runner.md).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/ketenportaal" },
});
