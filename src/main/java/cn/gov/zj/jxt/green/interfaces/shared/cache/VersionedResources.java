package cn.gov.zj.jxt.green.interfaces.shared.cache;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives the portal's own resources (its style sheet and script) a versioned address, {@code v=} and a digest of
 * their content, as PrimeFaces does for its own with its release: a changed file gets a new address, so browsers
 * may keep every version a year ({@link StaticResourceCaching}). The digest is of the bytes, so every server node
 * gives the same address.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String name) {
        return versioned(super.createResource(name));
    }

    @Override
    public Resource createResource(String name, String library) {
        return versioned(super.createResource(name, library));
    }

    @Override
    public Resource createResource(String name, String library, String contentType) {
        return versioned(super.createResource(name, library, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null) {
            return null;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                // Only the portal's own, which have no library: the libraries' carry their release.
                if (getLibraryName() != null || path.contains("?v=") || path.contains("&v=")) {
                    return path;
                }
                String version = versions.computeIfAbsent(getResourceName(), key -> digest(getWrapped()));
                return version.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }

    private static String digest(Resource resource) {
        try (InputStream content = resource.getInputStream()) {
            if (content == null) {
                return "";
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] chunk = new byte[8192];
            for (int read = content.read(chunk); read >= 0; read = content.read(chunk)) {
                sha.update(chunk, 0, read);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource.getResourceName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
