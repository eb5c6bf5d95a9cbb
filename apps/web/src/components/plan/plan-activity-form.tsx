"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { PLAN_ACTIVITY_STATUSES, updatePlanActivityInput, type UpdatePlanActivityInput, type UpdatePlanActivityValues } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { applyServerError, errorAt, summaryItems } from "@/components/ui/forms/server-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.planVanAanpak;

export interface EditablePlanActivity {
  id: string;
  version: number;
  status: UpdatePlanActivityInput["status"];
  owner: string;
  /** Per budget year: the budget as text ("€ 28.000") and the spend as the form shows it ("21.400" or ""). */
  budgets: { year: number; budgetedText: string; spentText: string }[];
}

/** The coordinator's update of one activity: status, owner and spend per budget year. */
export function PlanActivityForm({ activity }: { activity: EditablePlanActivity }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const save = useMutation(trpc.plan.updateActivity.mutationOptions());
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<UpdatePlanActivityInput, unknown, UpdatePlanActivityValues>({
    resolver: zodResolver(updatePlanActivityInput),
    shouldFocusError: false,
    defaultValues: {
      id: activity.id,
      version: activity.version,
      status: activity.status,
      owner: activity.owner,
      spent: activity.budgets.map((b) => ({ year: b.year, spent: b.spentText })),
    },
  });
  const spentFields = activity.budgets.map((_, index) => `spent.${index}.spent`);
  const fields = ["status", "owner", ...spentFields];

  const onSubmit = handleSubmit(
    async () => {
      setFormError(null);
      try {
        // The form's own values (amounts as typed): the API parses them with the same schema.
        await save.mutateAsync({ ...getValues(), id: activity.id, version: activity.version });
        router.push(`/dashboard/plan?opgeslagen=1#activiteit-${activity.id}`);
        router.refresh();
      } catch (error) {
        setFormError(applyServerError(error, setError, (field) => fields.includes(field)));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, fields, formError)} focusKey={attempt} />
      <form noValidate onSubmit={onSubmit} className="max-w-2xl">
        <SelectField
          label={t.form.status}
          hint={t.form.statusHint}
          options={PLAN_ACTIVITY_STATUSES.map((status) => ({ value: status, label: t.statuses[status] }))}
          error={errorAt(errors, "status")}
          {...register("status")}
        />
        <TextField label={t.form.owner} hint={t.form.ownerHint} autoComplete="organization" error={errorAt(errors, "owner")} {...register("owner")} />
        {activity.budgets.map((budget, index) => (
          <TextField
            key={budget.year}
            label={format(t.form.spent, { year: budget.year })}
            hint={format(t.form.spentHint, { budgeted: budget.budgetedText })}
            inputMode="decimal"
            className="max-w-xs"
            error={errorAt(errors, `spent.${index}.spent`)}
            {...register(`spent.${index}.spent`)}
          />
        ))}
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? messages.forms.saving : t.form.submit}
          </Button>
          <Link href="/dashboard/plan">{t.form.cancel}</Link>
        </div>
      </form>
    </>
  );
}
