// Sends a file as the raw request body with XMLHttpRequest, because fetch() cannot report upload
// progress; large bank files show real progress this way. Browser only.
export interface UploadResult<T> {
  status: number;
  body: T | null;
}

export function uploadWithProgress<T>(url: string, file: Blob, onProgress: (fraction: number | null) => void): Promise<UploadResult<T>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "text";
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable ? e.loaded / e.total : null);
    // Uploaded: the server is now reading the file; its time is unknown.
    xhr.upload.onload = () => onProgress(null);
    xhr.onload = () => {
      let body: T | null = null;
      try {
        body = JSON.parse(xhr.responseText) as T;
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error("network"));
    xhr.send(file);
  });
}
