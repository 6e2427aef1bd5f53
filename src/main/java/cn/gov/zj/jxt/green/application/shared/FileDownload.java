package cn.gov.zj.jxt.green.application.shared;

/** A file as the portal hands it out: always as an attachment, never rendered in the portal's origin. */
public record FileDownload(String fileName, String mediaType, byte[] content, String sha256) {
}
