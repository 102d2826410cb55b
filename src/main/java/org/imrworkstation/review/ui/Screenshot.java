package org.imrworkstation.review.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** The window as a PNG (the hidden --screenshot option: for docs and for looking at a build headless). */
final class Screenshot {

    private Screenshot() {
    }

    static void save(Scene scene, Path out) throws IOException {
        WritableImage img = scene.snapshot(null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        PixelReader r = img.getPixelReader();
        r.getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        b.setRGB(0, 0, w, h, argb, 0, w);
        if (out.toAbsolutePath().getParent() != null) {
            java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
        }
        ImageIO.write(b, "png", out.toFile());
    }
}
