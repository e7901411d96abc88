import { describe, expect, it } from "vitest";
import { AppError, NotFound } from "./app-error";
import { errorStatus, guarded, respond } from "./http";

describe("application errors as HTTP", () => {
  it("gives each code its status, and none to an unexpected error", () => {
    expect(errorStatus(new NotFound())).toBe(404);
    expect(errorStatus(new AppError("CONFLICT"))).toBe(409);
    expect(errorStatus(new AppError("INVALID"))).toBe(400);
    expect(errorStatus(new AppError("RATE_LIMITED"))).toBe(429);
    expect(errorStatus(new Error("bug"))).toBeNull();
  });

  it("answers a route handler's NotFound with a bare 404 that does not repeat the error's words", async () => {
    const response = await respond(async () => {
      throw new NotFound("Case demo-secret-person is restricted");
    });
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Not found");
    expect((await respond(async () => new Response("ok"))).status).toBe(200);
    await expect(respond(async () => Promise.reject(new Error("bug")))).rejects.toThrow("bug");
  });

  it("turns NotFound into Next's not-found for pages and actions, and lets other errors through", async () => {
    // notFound() throws Next's own error, whose digest routes the request to not-found.tsx with a 404.
    await expect(guarded(async () => Promise.reject(new NotFound()))).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
    await expect(guarded(async () => Promise.reject(new AppError("CONFLICT")))).rejects.toBeInstanceOf(AppError);
    expect(await guarded(async () => 42)).toBe(42);
  });
});
