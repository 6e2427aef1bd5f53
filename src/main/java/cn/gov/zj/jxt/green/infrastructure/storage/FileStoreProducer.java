package cn.gov.zj.jxt.green.infrastructure.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.application.shared.FileStore;
import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;

@ApplicationScoped
public class FileStoreProducer {

    @Inject
    PortalSettings settings;

    /** Dependent: a FileStore holds nothing but its root, so any number of them share the one directory. */
    @Produces
    FileStore fileStore() {
        return new ContentAddressedFileStore(settings.fileDirectory());
    }
}
