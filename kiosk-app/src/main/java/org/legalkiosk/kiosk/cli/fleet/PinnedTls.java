package org.legalkiosk.kiosk.cli.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS for the fleet tool: a kiosk is trusted only if it shows one of the pinned certificates, byte for byte (the
 * {@code agent.crt} each terminal's provisioning exported), never because some authority signed it. A stolen CA
 * or a lookalike name therefore gets nothing. Optionally the tool shows the county's own client certificate, for
 * agents that require one.
 */
final class PinnedTls {

    private PinnedTls() {}

    /**
     * @param pinned         PEM or DER certificate files, any number of certificates each
     * @param clientKeyStore PKCS12 with the county's client certificate and key; null for none
     * @param clientPassword its password; ignored without a key store
     */
    static SSLContext context(List<Path> pinned, Path clientKeyStore, String clientPassword)
            throws IOException, GeneralSecurityException {
        List<X509Certificate> certificates = new ArrayList<>();
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        for (Path file : pinned) {
            try (InputStream in = Files.newInputStream(file)) {
                factory.generateCertificates(in).forEach(c -> certificates.add((X509Certificate) c));
            } catch (CertificateException e) {
                throw new IOException(file + " holds no certificate: " + e.getMessage());
            }
            if (certificates.isEmpty()) {
                throw new IOException(file + " holds no certificate");
            }
        }
        KeyManager[] keys = null;
        if (clientKeyStore != null) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(clientKeyStore)) {
                store.load(in, clientPassword.toCharArray());
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, clientPassword.toCharArray());
            keys = kmf.getKeyManagers();
        }
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(keys, new X509ExtendedTrustManager[] {new PinnedTrust(certificates)}, null);
        return ssl;
    }

    /** A password file's first line. */
    static String readPassword(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    /** Accepts a server whose leaf certificate is one of the pinned ones; trusts no client. */
    private static final class PinnedTrust extends X509ExtendedTrustManager {
        private final List<X509Certificate> pinned;

        PinnedTrust(List<X509Certificate> pinned) {
            this.pinned = List.copyOf(pinned);
        }

        private void check(X509Certificate[] chain) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("the kiosk showed no certificate");
            }
            byte[] leaf = chain[0].getEncoded();
            for (X509Certificate p : pinned) {
                if (Arrays.equals(p.getEncoded(), leaf)) {
                    chain[0].checkValidity();
                    return;
                }
            }
            throw new CertificateException("the kiosk's certificate ("
                    + chain[0].getSubjectX500Principal().getName() + ") is none of the pinned ones");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("the fleet tool accepts no clients");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("the fleet tool accepts no clients");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("the fleet tool accepts no clients");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return pinned.toArray(X509Certificate[]::new);
        }
    }
}
