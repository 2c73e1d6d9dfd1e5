import { z } from 'zod/v4';

/**
 * The fields that say what a stored shape belongs to, defined once and spread into the schemas:
 * one period of one group (a lägesbild, its review, its publication, a dispatch round), and one
 * member's row in it (a report, a draft, an outbox entry).
 */
export const groupPeriodFields = { groupId: z.string(), periodId: z.string() };
export const memberPeriodFields = { ...groupPeriodFields, memberKey: z.string() };
