/**
 * Sends an .xlsx file to the import route with XMLHttpRequest, which (unlike fetch) reports upload progress, and
 * answers the route's JSON. Same origin: the browser sends the session cookie and the Origin the server checks.
 */
export function uploadWorkbook(
  url: string,
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.response as unknown });
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}
