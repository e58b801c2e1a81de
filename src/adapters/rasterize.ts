// Browser adapter: SVG text → PNG Blob through an <img> on a blob: URL and a canvas (allowed
// by the CSP's img-src blob:; no foreignObject, so the canvas is never tainted).
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.decoding = "async";
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("Le navigateur n'a pas pu créer l'image (canvas indisponible).");
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("Le navigateur n'a pas pu encoder l'image PNG."))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
