import { createTRPCRouter, guarded } from "../trpc.ts";
import { createUserInput, listUsersInput, setUserActiveInput, updateUserInput, userByIdInput } from "./schemas.ts";
import { createUser, getUser, listUsers, setUserActive, updateUser } from "./user-admin.ts";

export const userRouter = createTRPCRouter({
  list: guarded("user.list").input(listUsersInput).query(({ ctx, input }) => listUsers(ctx.db, input)),
  byId: guarded("user.list").input(userByIdInput).query(({ ctx, input }) => getUser(ctx.db, input.id)),
  create: guarded("user.create")
    .input(createUserInput)
    .mutation(({ ctx, input }) => createUser(ctx.db, ctx.actor, input)),
  update: guarded("user.update")
    .input(updateUserInput)
    .mutation(({ ctx, input }) => updateUser(ctx.db, ctx.actor, input, ctx.now())),
  setActive: guarded("user.setActive")
    .input(setUserActiveInput)
    .mutation(({ ctx, input }) => setUserActive(ctx.db, ctx.actor, input, ctx.now())),
});
