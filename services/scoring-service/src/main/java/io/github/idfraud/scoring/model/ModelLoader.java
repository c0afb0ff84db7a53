package io.github.idfraud.scoring.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.features.FeatureSchema;
import io.github.idfraud.models.ModelCard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * Reads a Tribuo model artifact (protobuf) and the model card beside it, and refuses a model whose features differ
 * from {@link FeatureSchema}: Tribuo would silently ignore unknown features and score garbage.
 */
public final class ModelLoader {

    static final String FRAUD = "FRAUD";
    static final String LEGIT = "LEGIT";
    static final String DEFAULT_RESOURCE = "models/default/model.tribuo";
    static final String CARD_NAME = "model-card.json";

    /** The default cap on an artifact's size: far above any model we train (a few MiB), far below the heap. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    private final ObjectMapper json = ContractJson.newMapper();
    private final long maxBytes;

    public ModelLoader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest artifact read; a bigger one is refused before it is read */
    public ModelLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** @param location a file path, or {@code classpath:<resource>} */
    public ScoringModel load(String location) {
        return load(location, null);
    }

    /**
     * @param expectedSha256 the artifact's pinned digest (hex), or null; checked on the very bytes that are then
     *                       deserialised, so a file swapped in between cannot slip through
     */
    public ScoringModel load(String location, String expectedSha256) {
        byte[] artifact;
        byte[] cardBytes;
        try {
            if (location.startsWith("classpath:")) {
                String resource = location.substring("classpath:".length());
                artifact = readResource(resource);
                cardBytes = readResourceOrNull(resource.substring(0, resource.lastIndexOf('/') + 1) + CARD_NAME);
            } else {
                Path path = Path.of(location);
                artifact = readBounded(path);
                Path card = path.resolveSibling(CARD_NAME);
                cardBytes = Files.exists(card) ? Files.readAllBytes(card) : null;
            }
            if (expectedSha256 != null && !sha256(artifact).equalsIgnoreCase(expectedSha256)) {
                throw new IllegalArgumentException("the artifact's sha256 is not the one given");
            }
            Model<?> model = Model.deserializeFromStream(new ByteArrayInputStream(artifact));
            if (!model.validate(Label.class)) {
                throw new IllegalArgumentException("not a classification model");
            }
            FeatureSchema.requireCompatible(model.getFeatureIDMap().keySet());
            @SuppressWarnings("unchecked")
            Model<Label> labelModel = (Model<Label>) model;
            if (labelModel.getOutputIDInfo().getID(new Label(FRAUD)) < 0) {
                throw new IllegalArgumentException("does not predict FRAUD");
            }
            ModelCard card = cardBytes == null ? fallbackCard(model, artifact) : json.readValue(cardBytes, ModelCard.class);
            if (labelModel instanceof XGBoostModel<Label> xgb) {
                return new XgboostScoringModel(xgb, card);
            }
            return new LinearScoringModel(labelModel, card);
        } catch (IOException e) {
            // The message names no path: the admin API returns it to its caller.
            throw new UncheckedIOException("cannot read the model artifact (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    public static String defaultLocation() {
        return "classpath:" + DEFAULT_RESOURCE;
    }

    private static ModelCard fallbackCard(Model<?> model, byte[] artifact) {
        String version = "model-" + sha256(artifact).substring(0, 8);
        return ModelCard.minimal(version, model.getClass().getSimpleName(), FeatureSchema.names(),
                model.getProvenance().toString());
    }

    private byte[] readBounded(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new IllegalArgumentException("the artifact is larger than " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    private static byte[] readResource(String resource) throws IOException {
        byte[] bytes = readResourceOrNull(resource);
        if (bytes == null) {
            throw new IOException("no resource " + resource + " on the classpath");
        }
        return bytes;
    }

    private static byte[] readResourceOrNull(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
