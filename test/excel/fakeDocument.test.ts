// The fake's Office.context.document must refuse what Office refuses, or the backup code could pass
// here and fail in Excel: requirement sets, slice size, open files, slices of a closed file.
import { installFakeExcel, type InstalledFakeExcel } from "../fakes/excel";

type Result<T> = { status: string; value: T; error?: { name: string; message: string } };
interface FileLike {
  size: number;
  sliceCount: number;
  getSliceAsync(index: number, callback: (result: Result<{ data: number[] }>) => void): void;
  closeAsync(callback?: () => void): void;
}

let fake: InstalledFakeExcel;
afterEach(() => fake.uninstall());

function open(type: string, sliceSize?: number): Promise<Result<FileLike>> {
  return new Promise((resolve) => fake.document.getFileAsync(type, sliceSize === undefined ? {} : { sliceSize }, resolve as never));
}
const slice = (file: FileLike, index: number) => new Promise<Result<{ data: number[] }>>((resolve) => file.getSliceAsync(index, resolve));

describe("the fake's file API", () => {
  it("needs File, and CompressedFile for Office.FileType.Compressed", async () => {
    fake = installFakeExcel({ otherSets: { File: "1.1" } });
    expect((await open("compressed")).status).toBe("failed");
    fake.uninstall();
    fake = installFakeExcel({ otherSets: { CompressedFile: "1.1" } });
    expect((await open("compressed")).status).toBe("failed");
  });

  it("serves slices of the size asked, at most 4194304 bytes, and answers after the call returns", async () => {
    fake = installFakeExcel({ otherSets: { File: "1.1", CompressedFile: "1.1" } });
    fake.document.fileBytes = new Uint8Array(10).fill(7);
    expect((await open("compressed", 4194305)).error?.name).toBe("Internal Error");
    let answered = false;
    const pending = new Promise<Result<FileLike>>((resolve) =>
      fake.document.getFileAsync("compressed", { sliceSize: 4 }, ((r: Result<FileLike>) => {
        answered = true;
        resolve(r);
      }) as never),
    );
    expect(answered).toBe(false);
    const file = (await pending).value;
    expect([file.size, file.sliceCount]).toEqual([10, 3]);
    expect((await slice(file, 2)).value.data).toEqual([7, 7]);
    expect((await slice(file, 3)).status).toBe("failed");
    file.closeAsync();
    expect((await slice(file, 0)).status).toBe("failed");
  });

  it("keeps at most two files open: a third fails until one is closed", async () => {
    fake = installFakeExcel({ otherSets: { File: "1.1", CompressedFile: "1.1" } });
    const first = (await open("compressed")).value;
    await open("compressed");
    expect((await open("compressed")).status).toBe("failed");
    first.closeAsync();
    expect((await open("compressed")).status).toBe("succeeded");
  });
});
