// mkdir / mkdtemp / readdir / rename / rm / rmdir / unlink / stat / lstat / symlink / readlink /
// realpath / chmod / utimes with callbacks
const fs = require('fs');
const path = require('path');
const { at, rel, cleanup } = require('./helpers/tmp');

fs.mkdir(at('a', 'b'), { recursive: true }, (err, first) => {
  console.log('mkdir', err, rel(first));
  fs.mkdtemp(at('t-'), (err, made) => {
    console.log('mkdtemp', err, /^t-[A-Za-z0-9]{6}$/.test(path.basename(made)));
    fs.writeFileSync(at('a', 'file'), 'x');
    fs.readdir(at('a'), (err, names) => {
      console.log('readdir', err, names.sort());
      fs.readdir(at('a'), { withFileTypes: true }, (err, dirents) => {
        console.log('readdir types', dirents.map((d) => `${d.name}:${d.isDirectory()}`).sort());
        fs.rename(at('a', 'file'), at('a', 'moved'), (err) => {
          console.log('rename', err, fs.existsSync(at('a', 'moved')));
          fs.stat(at('a', 'moved'), (err, stats) => {
            console.log('stat', err, stats.isFile(), stats.size);
            fs.symlink('moved', at('a', 'link'), (err) => {
              console.log('symlink', err);
              fs.lstat(at('a', 'link'), (err, lstats) => {
                console.log('lstat', err, lstats.isSymbolicLink());
                fs.readlink(at('a', 'link'), (err, target) => {
                  console.log('readlink', err, target);
                  fs.realpath(at('a', 'link'), (err, real) => {
                    console.log('realpath', err, real === fs.realpathSync(at('a', 'moved')));
                    fs.chmod(at('a', 'moved'), 0o600, (err) => {
                      console.log('chmod', err, (fs.statSync(at('a', 'moved')).mode & 0o777).toString(8));
                      fs.utimes(at('a', 'moved'), 100, 200, (err) => {
                        console.log('utimes', err, fs.statSync(at('a', 'moved')).mtimeMs);
                        fs.unlink(at('a', 'link'), (err) => {
                          console.log('unlink', err);
                          fs.rmdir(at('a', 'b'), (err) => {
                            console.log('rmdir', err);
                            fs.rm(at('a'), { recursive: true }, (err) => {
                              console.log('rm', err, fs.existsSync(at('a')));
                              cleanup();
                            });
                          });
                        });
                      });
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
});
